package jp.pmark.workflow.registration;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegistrationRepository extends JpaRepository<Registration, Long> {

	Optional<Registration> findFirstByApplicationIdOrderByIdDesc(Long applicationId);

	Optional<Registration> findByRegistrationNumber(String registrationNumber);

}
