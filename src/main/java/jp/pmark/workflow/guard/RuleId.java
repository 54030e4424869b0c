package jp.pmark.workflow.guard;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of the product spec ({@code docs/SPEC.md}), one entry per rule id, each with
 * the spec section that defines it. A refusal, a journal entry or a problem response
 * names its rule by an entry here, never by a string; {@code RuleIdTest} holds the
 * entries and the spec's rule ids alike.
 */
public enum RuleId {

	// §2 Business calendar (CAL)
	CAL_1("CAL-1", "§2"), CAL_2("CAL-2", "§2"), CAL_3("CAL-3", "§2"),

	// §3 Intake of a new application (INT)
	INT_1("INT-1", "§3"), INT_2("INT-2", "§3"), INT_3("INT-3", "§3"), INT_4("INT-4", "§3"), INT_5("INT-5", "§3"),
	INT_6("INT-6", "§3"), INT_7("INT-7", "§3"), INT_8("INT-8", "§3"), INT_9("INT-9", "§3"), INT_10("INT-10", "§3"),
	INT_11("INT-11", "§3"), INT_12("INT-12", "§3"), INT_13("INT-13", "§3"), INT_14("INT-14", "§3"),

	// §4 Fees and invoices (FEE)
	FEE_1("FEE-1", "§4"), FEE_2("FEE-2", "§4"), FEE_3("FEE-3", "§4"), FEE_4("FEE-4", "§4"), FEE_5("FEE-5", "§4"),
	FEE_6("FEE-6", "§4"), FEE_7("FEE-7", "§4"),

	// §5 Audit plan and audit team (AUD)
	AUD_1("AUD-1", "§5"), AUD_2("AUD-2", "§5"), AUD_3("AUD-3", "§5"), AUD_4("AUD-4", "§5"), AUD_5("AUD-5", "§5"),
	AUD_6("AUD-6", "§5"), AUD_7("AUD-7", "§5"), AUD_8("AUD-8", "§5"),

	// §6 Document review (DOC)
	DOC_1("DOC-1", "§6"), DOC_2("DOC-2", "§6"), DOC_3("DOC-3", "§6"), DOC_4("DOC-4", "§6"), DOC_5("DOC-5", "§6"),

	// §7 On-site audit (SITE)
	SITE_1("SITE-1", "§7"), SITE_2("SITE-2", "§7"), SITE_3("SITE-3", "§7"),

	// §8 Findings and improvement (FND)
	FND_1("FND-1", "§8"), FND_2("FND-2", "§8"), FND_3("FND-3", "§8"), FND_4("FND-4", "§8"), FND_5("FND-5", "§8"),

	// §9 Completion report and decision (DEC)
	DEC_1("DEC-1", "§9"), DEC_2("DEC-2", "§9"), DEC_3("DEC-3", "§9"), DEC_4("DEC-4", "§9"),

	// §10 Handoff to the granting body (JIP)
	JIP_1("JIP-1", "§10"), JIP_2("JIP-2", "§10"), JIP_3("JIP-3", "§10"),

	// §11 Renewal (REN)
	REN_1("REN-1", "§11"), REN_2("REN-2", "§11"), REN_3("REN-3", "§11"), REN_4("REN-4", "§11"), REN_5("REN-5", "§11"),

	// §11 Change reports (CHG)
	CHG_1("CHG-1", "§11"), CHG_2("CHG-2", "§11"), CHG_3("CHG-3", "§11"), CHG_4("CHG-4", "§11"), CHG_5("CHG-5", "§11"),
	CHG_6("CHG-6", "§11"), CHG_7("CHG-7", "§11"),

	// §11 Mergers and splits (MRG)
	MRG_1("MRG-1", "§11"), MRG_2("MRG-2", "§11"),

	// §11 Incident reports (INC)
	INC_1("INC-1", "§11"), INC_2("INC-2", "§11"), INC_3("INC-3", "§11"), INC_4("INC-4", "§11"), INC_5("INC-5", "§11"),
	INC_6("INC-6", "§11"), INC_7("INC-7", "§11"),

	// §12 CLIP mark scheme (CLIP)
	CLIP_1("CLIP-1", "§12"), CLIP_2("CLIP-2", "§12"), CLIP_3("CLIP-3", "§12"), CLIP_4("CLIP-4", "§12"),
	CLIP_5("CLIP-5", "§12"), CLIP_6("CLIP-6", "§12"), CLIP_7("CLIP-7", "§12"),

	// §13 Cross-cutting (GEN)
	GEN_1("GEN-1", "§13"), GEN_2("GEN-2", "§13"), GEN_3("GEN-3", "§13");

	private static final Map<String, RuleId> BY_ID = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(RuleId::id, Function.identity()));

	private final String id;

	private final String section;

	RuleId(String id, String section) {
		this.id = id;
		this.section = section;
	}

	/** The rule id as the spec writes it, e.g. {@code FEE-7}. */
	public String id() {
		return this.id;
	}

	/** The spec section that defines the rule, e.g. {@code §4}. */
	public String section() {
		return this.section;
	}

	/**
	 * The key of one of the rule's messages in the bundles:
	 * {@code FEE-7.choose-main-industry}.
	 */
	public String messageKey(String key) {
		return this.id + "." + key;
	}

	/** The entry of the spec's rule id, e.g. {@code RuleId.of("FEE-7")}. */
	public static RuleId of(String id) {
		RuleId rule = BY_ID.get(id);
		if (rule == null) {
			throw new IllegalArgumentException("No rule " + id + " in the spec");
		}
		return rule;
	}

	/** The rule id, as in problem responses and logs. */
	@Override
	public String toString() {
		return this.id;
	}

}
