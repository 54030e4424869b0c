package jp.pmark.workflow.demo;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** DEMO ONLY: stands in for JIPDEC's reporting endpoint, acknowledging every report. */
@RestController
@Profile("demo")
class DemoJipdec {

	private final AtomicInteger sequence = new AtomicInteger();

	@PostMapping("/demo/jipdec/reports")
	Map<String, String> report(@RequestBody Map<String, Object> report) {
		return Map.of("acknowledgement", "DEMO-JIPDEC-" + this.sequence.incrementAndGet());
	}

}
