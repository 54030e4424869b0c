package jp.pmark.workflow.conventions;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The floors of STYLE.md ("Which way the imports run"), held by the build: a wrong import
 * fails this test, naming the class and the dependency that broke the rule.
 */
class ArchitectureTest {

	/** The ground floor: imports neither the applicant records nor any feature. */
	static final List<String> GROUND = List.of("engine", "calendar", "guard", "identity", "common", "letter");

	/**
	 * The assessment case every feature works on (its application, journal, process ids
	 * and glue): above the applicant records, below every feature.
	 */
	static final String ASSESSMENT = "assessment";

	/**
	 * The features, each after the ones it may read; last the managers' view of every
	 * case (oversight), which reads them all and which none imports.
	 */
	static final List<String> FEATURES = List.of("intake", "fee", "audit", "decision", "registration", "change",
			"merger", "incident", "clip", "oversight");

	/** Camunda's internals, which an engine update may change without notice. */
	static final String[] INTERNALS = { "org.camunda.bpm.engine.impl..", "org.camunda.bpm.webapp.impl.." };

	/**
	 * The rules, for the packages under a root (the product's, or the broken examples').
	 */
	static List<ArchRule> floors(String root) {
		List<ArchRule> rules = new ArrayList<>();
		List<String> aboveGround = new ArrayList<>(FEATURES);
		aboveGround.add("applicant");
		aboveGround.add(ASSESSMENT);
		aboveGround.add("demo");
		rules.add(noClasses().that()
			.resideInAnyPackage(packages(root, GROUND))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages(root, aboveGround))
			.allowEmptyShould(true)
			.because("the ground floor imports no feature"));
		List<String> features = new ArrayList<>(FEATURES);
		features.add("demo");
		List<String> aboveApplicant = new ArrayList<>(features);
		aboveApplicant.add(ASSESSMENT);
		rules.add(noClasses().that()
			.resideInAPackage(root + "applicant..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages(root, aboveApplicant))
			.allowEmptyShould(true)
			.because("the applicant records every feature shares import neither the assessment case nor any feature"));
		rules.add(noClasses().that()
			.resideInAPackage(root + ASSESSMENT + "..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages(root, features))
			.allowEmptyShould(true)
			.because("the assessment case every feature works on imports no feature"));
		for (int i = 0; i < FEATURES.size() - 1; i++) {
			List<String> later = FEATURES.subList(i + 1, FEATURES.size());
			rules.add(noClasses().that()
				.resideInAPackage(root + FEATURES.get(i) + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(packages(root, later))
				.allowEmptyShould(true)
				.because("a later stage may read an earlier one, never the other way round: " + FEATURES.get(i)
						+ " comes before " + later));
		}
		List<String> notGuards = new ArrayList<>(GROUND);
		notGuards.removeAll(List.of("engine", "guard"));
		notGuards.addAll(aboveGround);
		rules.add(noClasses().that()
			.resideInAPackage(root + "engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(packages(root, notGuards))
			.allowEmptyShould(true)
			.because("the engine room is the lowest floor: it imports only the input guards, and the product's rules"
					+ " reach it through the interfaces it declares"));
		rules.add(noClasses().that()
			.resideOutsideOfPackage(root + "engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(INTERNALS)
			.allowEmptyShould(true)
			.because("Camunda's internals are used in the engine room only, each class saying why"));
		rules.add(noClasses().that()
			.resideOutsideOfPackage(root + "demo..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(root + "demo..")
			.allowEmptyShould(true)
			.because("nothing imports the demo"));
		rules.add(slices().matching(root + "(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(true)
			.because("no two packages import each other"));
		return rules;
	}

	private static String[] packages(String root, List<String> names) {
		return names.stream().map((name) -> root + name + "..").toArray(String[]::new);
	}

	@Test
	@DisplayName("STYLE.md floors: the ground floor (engine, calendar, guard, identity, common, letter) imports no feature; the engine room only the guards, and only it touches Camunda's internals; applicant neither assessment nor a feature; assessment no feature; a later stage reads earlier ones, never the reverse (the managers' view, oversight, last); nothing imports demo; no circles")
	void productHoldsTheFloors() {
		JavaClasses product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("jp.pmark.workflow");
		assertThat(product).hasSizeGreaterThan(300);
		for (ArchRule rule : floors("jp.pmark.workflow.")) {
			rule.check(product);
		}
	}

	@Test
	@DisplayName("STYLE.md floors: each rule fails on classes made to break it (jp.pmark.floors: every stage reads the next, the ground floor, the applicant records and the assessment case read a feature, the engine room reads a feature, the letters touch an engine internal, a feature imports the demo, the stages close a circle)")
	void rulesFindBrokenFloors() {
		JavaClasses broken = new ClassFileImporter().importPackages("jp.pmark.floors");
		assertThat(broken).hasSize(16);
		for (ArchRule rule : floors("jp.pmark.floors.")) {
			assertThatThrownBy(() -> rule.check(broken)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
		}
	}

}
