package jp.pmark.workflow.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jp.pmark.workflow.assessment.Channel;
import jp.pmark.workflow.common.CaseRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * 変更報告: what a business reported and where its verification stands (CHG-1..CHG-7). Its
 * header ({@link CaseRecord}): the business, the valid registration of the business when
 * it arrived, the assessment running when it arrived (either may be null).
 */
@Entity
@Table(name = "change_report")
public class ChangeReport extends CaseRecord {

	/** Where the report stands. */
	public enum Status {

		RECEIVED("確認待ち"), CERTIFICATE_REQUESTED("閉鎖事項証明書の提出待ち"), APPLIED("反映済"), RETURNED("差戻し");

		private final String japaneseName;

		Status(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	@Column(name = "report_number", nullable = false, length = 20)
	private String reportNumber;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Channel channel;

	@Column(name = "reported_on", nullable = false)
	private LocalDate reportedOn;

	@Column(name = "effective_on")
	private LocalDate effectiveOn;

	@Column(nullable = false, length = 200)
	private String kinds;

	@Column(name = "corporate_number_given", length = 13)
	private String corporateNumberGiven;

	@Enumerated(EnumType.STRING)
	@Column(name = "proof_type", length = 30)
	private ProofType proofType;

	@Column(length = 2000)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private Status status;

	@Column(name = "received_at", nullable = false)
	private Instant receivedAt;

	@Column(name = "received_by", length = 64)
	private String receivedBy;

	protected ChangeReport() {
	}

	ChangeReport(String reportNumber, Long applicantId, Long applicationId, Long registrationId, Channel channel,
			LocalDate reportedOn, LocalDate effectiveOn, Set<ChangeKind> kinds, String corporateNumberGiven,
			ProofType proofType, String note, String receivedBy) {
		super(applicantId, registrationId, applicationId);
		this.reportNumber = reportNumber;
		this.channel = channel;
		this.reportedOn = reportedOn;
		this.effectiveOn = effectiveOn;
		this.kinds = kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		this.corporateNumberGiven = corporateNumberGiven;
		this.proofType = proofType;
		this.note = note;
		this.status = Status.RECEIVED;
		this.receivedAt = Instant.now();
		this.receivedBy = receivedBy;
	}

	/** CR2026-0001: the business key of its process instance. */
	public String getReportNumber() {
		return this.reportNumber;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public LocalDate getReportedOn() {
		return this.reportedOn;
	}

	/** The day the change took effect, as the business gives it. */
	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public Set<ChangeKind> getKinds() {
		Set<ChangeKind> set = EnumSet.noneOf(ChangeKind.class);
		Arrays.stream(this.kinds.split(","))
			.filter((kind) -> !kind.isBlank())
			.map(ChangeKind::valueOf)
			.forEach(set::add);
		return set;
	}

	/** "事業者名、代表者". */
	public String kindNames() {
		return getKinds().stream().map(ChangeKind::japaneseName).collect(Collectors.joining("、"));
	}

	public String getCorporateNumberGiven() {
		return this.corporateNumberGiven;
	}

	public ProofType getProofType() {
		return this.proofType;
	}

	public String getNote() {
		return this.note;
	}

	public Status getStatus() {
		return this.status;
	}

	void setStatus(Status status) {
		this.status = status;
	}

	public Instant getReceivedAt() {
		return this.receivedAt;
	}

	public String getReceivedBy() {
		return this.receivedBy;
	}

}
