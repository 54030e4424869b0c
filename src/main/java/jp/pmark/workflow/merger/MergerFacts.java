package jp.pmark.workflow.merger;

/**
 * The facts the decision table {@code MergerClassification} reads (MRG-1).
 *
 * @param timing during the validity of a registration or during an assessment
 * @param party whose status the case is about
 * @param event what happens to that party
 * @param counterparty who the other party is
 * @param wholeBusiness the whole business passes to the other party
 * @param successorDormant the succeeding party does not substantively do business
 */
public record MergerFacts(Timing timing, Party party, Event event, Counterparty counterparty, boolean wholeBusiness,
		boolean successorDormant) {

	/** When the event takes effect. */
	public enum Timing {

		DURING_VALIDITY("有効期間中に発効"), DURING_ASSESSMENT("審査中に発効");

		private final String japaneseName;

		Timing(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/** Whose status the case is about. */
	public enum Party {

		HOLDER("付与事業者"), APPLICANT("申請事業者"), NEW_COMPANY("新設分割による新設会社");

		private final String japaneseName;

		Party(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/** What happens to the party. */
	public enum Event {

		NEW_BUSINESS("合併・事業譲渡等によらず新規に事業を立ち上げる"), SUCCESSION_IN("事業譲渡・吸収分割により事業を承継する"), MERGER_SURVIVING("合併し存続会社となる"),
		MERGER_ABSORBED("吸収合併により消滅する"), NEW_COMPANY_SPLIT("新設分割により新設会社に事業を承継させる"),
		SUCCESSION_OUT("事業譲渡・吸収分割により他の事業者に事業を承継させる");

		private final String japaneseName;

		Event(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

	/** Who the other party is. */
	public enum Counterparty {

		NONE("なし"), HOLDER("付与事業者"), NON_HOLDER("非付与事業者"), APPLICANT("申請中の事業者");

		private final String japaneseName;

		Counterparty(String japaneseName) {
			this.japaneseName = japaneseName;
		}

		public String japaneseName() {
			return this.japaneseName;
		}

	}

}
