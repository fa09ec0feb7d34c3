package de.smilecity.exchange.contribute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionRepository extends JpaRepository<Transition, Long> {

    List<Transition> findByPracticeIdOrderByAtAsc(long practiceId);
}
