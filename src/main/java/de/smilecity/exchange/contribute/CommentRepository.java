package de.smilecity.exchange.contribute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<Comment, Long> {

    List<Comment> findByPracticeIdOrderByCreatedAtAsc(long practiceId);
}
