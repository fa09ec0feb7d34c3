package de.smilecity.exchange.contribute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDesc(long recipientId);

    long countByRecipientIdAndReadAtIsNull(long recipientId);
}
