package jp.pmark.workflow.assessment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationEventRepository extends JpaRepository<ApplicationEvent, Long> {

	List<ApplicationEvent> findByApplicationIdOrderById(Long applicationId);

}
