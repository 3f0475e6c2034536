package org.agora.classroom;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ParticipantKeyRepository extends JpaRepository<ParticipantKey, Long> {

    @Modifying
    @Query("delete from ParticipantKey k where k.participantId = :participantId")
    int deleteByParticipantId(long participantId);

    Optional<ParticipantKey> findByTokenHashAndKind(String tokenHash, ParticipantKey.Kind kind);

    /** Takes the link's row lock, so that two devices opening one link at once cannot both use it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from ParticipantKey k where k.tokenHash = :tokenHash and k.kind = 'LINK'")
    Optional<ParticipantKey> lockLink(String tokenHash);

    /** The usable link with this code, under its row lock, as {@link #lockLink} for a token. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select k from ParticipantKey k where k.codeHash = :codeHash and k.kind = 'LINK' and k.usedAt is null "
            + "and k.expiresAt > :now")
    List<ParticipantKey> lockUsableCode(String codeHash, Instant now);

    @Query("select count(k) > 0 from ParticipantKey k where k.codeHash = :codeHash and k.kind = 'LINK' "
            + "and k.usedAt is null and k.expiresAt > :now")
    boolean usableCodeExists(String codeHash, Instant now);

    /** A new link replaces the student's links not yet used: one link is open at a time. */
    @Modifying
    @Query("delete from ParticipantKey k where k.participantId = :participantId and k.kind = 'LINK' "
            + "and k.usedAt is null")
    int deleteOpenLinks(long participantId);
}
