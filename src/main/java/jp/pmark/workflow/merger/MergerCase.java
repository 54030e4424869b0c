package jp.pmark.workflow.merger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.pmark.workflow.common.CaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 合併・分社等の案件: the facts of a merger, split or transfer, its classification (MRG-1), and
 * the outcome staff confirmed. Its header ({@link CaseRecord}): the business, and its
 * registration or its application under assessment.
 */
@Entity
@Table(name = "merger_case")
public class MergerCase extends CaseRecord {

	/** Where the case stands. */
	public enum State {

		WAITING_FOR_EFFECT("効力発生待ち"), COLLECTING_DOCUMENTS("書類の受付中"), CONFIRMING("扱いの確認中"), APPLIED("反映済");

		private final String japaneseName;

		State(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	@Column(name = "case_number", nullable = false, length = 20)
	private String caseNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MergerFacts.Timing timing;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MergerFacts.Party party;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private MergerFacts.Event event;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MergerFacts.Counterparty counterparty;

	@Column(name = "whole_business", nullable = false)
	private boolean wholeBusiness;

	@Column(name = "successor_dormant", nullable = false)
	private boolean successorDormant;

	@Column(name = "counterparty_name", length = 200)
	private String counterpartyName;

	@Column(name = "counterparty_corporate_number", length = 13)
	private String counterpartyCorporateNumber;

	@Column(name = "counterparty_registration_id")
	private Long counterpartyRegistrationId;

	@Column(name = "counterparty_application_id")
	private Long counterpartyApplicationId;

	@Column(name = "effective_on", nullable = false)
	private LocalDate effectiveOn;

	@Column(name = "notified_on", nullable = false)
	private LocalDate notifiedOn;

	@Column(length = 2000)
	private String description;

	@Column(name = "merger_type", nullable = false, length = 20)
	private String mergerType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private MergerOutcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(name = "counterparty_outcome", length = 30)
	private MergerOutcome counterpartyOutcome;

	@Column(name = "documents_due", length = 200)
	private String documentsDue;

	@Column(name = "status_text", length = 400)
	private String statusText;

	@Enumerated(EnumType.STRING)
	@Column(name = "confirmed_outcome", length = 30)
	private MergerOutcome confirmedOutcome;

	@Column(name = "confirmation_reason", length = 2000)
	private String confirmationReason;

	@Column(name = "confirmed_by", length = 64)
	private String confirmedBy;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private State state;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", length = 64)
	private String createdBy;

	protected MergerCase() {
	}

	MergerCase(String caseNumber, Long applicantId, Long registrationId, Long applicationId, MergerFacts facts,
			MergerRequest request, Long counterpartyRegistrationId, Long counterpartyApplicationId,
			MergerClassification.Result result, String createdBy) {
		super(applicantId, registrationId, applicationId);
		this.caseNumber = caseNumber;
		this.timing = facts.timing();
		this.party = facts.party();
		this.event = facts.event();
		this.counterparty = facts.counterparty();
		this.wholeBusiness = facts.wholeBusiness();
		this.successorDormant = facts.successorDormant();
		this.counterpartyName = request.counterpartyName();
		this.counterpartyCorporateNumber = request.counterpartyCorporateNumber();
		this.counterpartyRegistrationId = counterpartyRegistrationId;
		this.counterpartyApplicationId = counterpartyApplicationId;
		this.effectiveOn = request.effectiveOn();
		this.notifiedOn = request.notifiedOn();
		this.description = request.description();
		this.mergerType = result.type();
		this.outcome = result.outcome();
		this.counterpartyOutcome = result.counterpartyOutcome();
		this.documentsDue = String.join(",", result.documents().stream().map(Enum::name).toList());
		this.statusText = result.status();
		this.state = State.WAITING_FOR_EFFECT;
		this.createdAt = Instant.now();
		this.createdBy = createdBy;
	}

	/** MG2026-0001: the business key of its process instance. */
	public String getCaseNumber() {
		return this.caseNumber;
	}

	public MergerFacts facts() {
		return new MergerFacts(this.timing, this.party, this.event, this.counterparty, this.wholeBusiness,
				this.successorDormant);
	}

	public String getCounterpartyName() {
		return this.counterpartyName;
	}

	public String getCounterpartyCorporateNumber() {
		return this.counterpartyCorporateNumber;
	}

	public Long getCounterpartyRegistrationId() {
		return this.counterpartyRegistrationId;
	}

	public Long getCounterpartyApplicationId() {
		return this.counterpartyApplicationId;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public LocalDate getNotifiedOn() {
		return this.notifiedOn;
	}

	public String getDescription() {
		return this.description;
	}

	public String getMergerType() {
		return this.mergerType;
	}

	/** What the decision table says for the party. */
	public MergerOutcome getOutcome() {
		return this.outcome;
	}

	public MergerOutcome getCounterpartyOutcome() {
		return this.counterpartyOutcome;
	}

	public List<MergerDocumentType> documentsDue() {
		return MergerDocumentType.parse(this.documentsDue);
	}

	public String getStatusText() {
		return this.statusText;
	}

	/** What staff confirmed; applied to the registrations and applications. */
	public MergerOutcome getConfirmedOutcome() {
		return this.confirmedOutcome;
	}

	public String getConfirmationReason() {
		return this.confirmationReason;
	}

	public String getConfirmedBy() {
		return this.confirmedBy;
	}

	public State getState() {
		return this.state;
	}

	void setState(State state) {
		this.state = state;
	}

	void confirm(MergerOutcome outcome, String reason, String by) {
		this.confirmedOutcome = outcome;
		this.confirmationReason = reason;
		this.confirmedBy = by;
		this.confirmedAt = Instant.now();
		this.state = State.CONFIRMING;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
