package jp.pmark.workflow.clip;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** CLIP-4: the employees the CLIP businesses declare. */
public interface ClipEmployeeRepository extends JpaRepository<ClipEmployee, Long> {

	List<ClipEmployee> findByBusinessIdOrderByEmployeeCode(Long businessId);

	List<ClipEmployee> findByBusinessIdAndActiveTrueOrderByEmployeeCode(Long businessId);

	List<ClipEmployee> findByBusinessIdAndEmployeeCodeIgnoreCase(Long businessId, String employeeCode);

}
