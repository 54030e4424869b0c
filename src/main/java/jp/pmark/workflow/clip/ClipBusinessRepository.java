package jp.pmark.workflow.clip;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The businesses of the CLIP scheme. */
public interface ClipBusinessRepository extends JpaRepository<ClipBusiness, Long> {

	Optional<ClipBusiness> findByEnrolmentNumber(String enrolmentNumber);

	Optional<ClipBusiness> findByCertificateNumber(String certificateNumber);

	Optional<ClipBusiness> findByLearningToken(String learningToken);

	List<ClipBusiness> findByCorporateNumberOrderById(String corporateNumber);

	List<ClipBusiness> findByNameOrderById(String name);

	List<ClipBusiness> findByFromApplicationNumber(String applicationNumber);

	long countByAdvisorAndStatusIn(String advisor, java.util.Collection<ClipStatus> statuses);

}
