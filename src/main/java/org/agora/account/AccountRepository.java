package org.agora.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountRepository extends JpaRepository<Account, Long> {

    long countByRoleAndEnabledTrue(Role role);

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    Optional<Account> findFirstByRoleOrderByIdAsc(Role role);

    Page<Account> findAllByOrderByUsername(Pageable pageable);
}
