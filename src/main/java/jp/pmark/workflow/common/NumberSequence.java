package jp.pmark.workflow.common;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The next number of a kind (application, invoice) in a year. */
@Entity
@Table(name = "number_sequence")
class NumberSequence {

	@Embeddable
	record Key(@Column(name = "name") String name, @Column(name = "seq_year") int year) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(name = "next_value", nullable = false)
	private long nextValue;

	protected NumberSequence() {
	}

	NumberSequence(Key key) {
		this.key = key;
		this.nextValue = 1;
	}

	long take() {
		return this.nextValue++;
	}

}
