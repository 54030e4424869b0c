package jp.pmark.workflow.registration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationEventRepository extends JpaRepository<RegistrationEvent, Long> {

	List<RegistrationEvent> findByRegistrationIdOrderById(Long registrationId);

}
