package jp.pmark.workflow.common;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out numbers that never repeat, per kind and year: {@code PM2026-0001} for
 * applications, {@code INV2026-00001} for invoices. The row of the kind and year is
 * locked while a number is taken.
 */
@Service
public class Numbering {

	private final NumberSequenceRepository sequences;

	Numbering(NumberSequenceRepository sequences) {
		this.sequences = sequences;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public String next(String prefix, int year, int digits) {
		NumberSequence.Key key = new NumberSequence.Key(prefix, year);
		NumberSequence sequence = this.sequences.lockByKey(key).orElseGet(() -> {
			this.sequences.saveAndFlush(new NumberSequence(key));
			return this.sequences.lockByKey(key).orElseThrow();
		});
		long value = sequence.take();
		return String.format(Locale.ROOT, "%s%d-%0" + digits + "d", prefix, year, value);
	}

}
