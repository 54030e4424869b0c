package jp.pmark.workflow.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for JIPDEC's reporting endpoint (JIPDEC is not ours): it acknowledges
 * reports, or fails the next N of them when a test asks.
 */
@RestController
public class FakeJipdec {

	private final AtomicInteger failuresToCome = new AtomicInteger();

	private final AtomicInteger sequence = new AtomicInteger();

	private final List<Map<String, Object>> received = Collections.synchronizedList(new ArrayList<>());

	@PostMapping("/test-jipdec/reports")
	ResponseEntity<Map<String, String>> report(@RequestBody Map<String, Object> report) {
		if (this.failuresToCome.getAndUpdate((n) -> Math.max(0, n - 1)) > 0) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("error", "maintenance"));
		}
		this.received.add(report);
		return ResponseEntity.ok(Map.of("acknowledgement", "JIP-ACK-" + this.sequence.incrementAndGet()));
	}

	/** The next n reports are answered 503. */
	public void failNext(int n) {
		this.failuresToCome.set(n);
	}

	public List<Map<String, Object>> received() {
		return List.copyOf(this.received);
	}

}
