package de.smilecity.exchange.seed;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SeedRecordRepository extends JpaRepository<SeedRecord, Long> {

    Optional<SeedRecord> findByKindAndKey(SeedRecord.Kind kind, String key);
}
