package jp.pmark.workflow.clip;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CLIP-7: the public register's token bucket per client, on a clock the test moves. */
class RegisterRateLimiterTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	private void advance(long seconds) {
		this.now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
	}

	@Test
	@DisplayName("CLIP-7 a client may look up its whole allowance at once, then one more every 60/N seconds; a refusal says how many whole seconds to wait")
	void allowanceAndRefill() {
		RegisterRateLimiter limiter = new RegisterRateLimiter(30, 100, this.now::get);
		for (int i = 0; i < 30; i++) {
			assertThat(limiter.acquire("192.0.2.1")).as("lookup %d", i + 1).isZero();
		}
		// 30 a minute: one more every 2 seconds
		assertThat(limiter.acquire("192.0.2.1")).isEqualTo(2);
		advance(1);
		assertThat(limiter.acquire("192.0.2.1")).isEqualTo(1);
		advance(1);
		assertThat(limiter.acquire("192.0.2.1")).isZero();
		assertThat(limiter.acquire("192.0.2.1")).isEqualTo(2);
		// a minute later the whole allowance is back, no more
		advance(600);
		for (int i = 0; i < 30; i++) {
			assertThat(limiter.acquire("192.0.2.1")).isZero();
		}
		assertThat(limiter.acquire("192.0.2.1")).isPositive();
	}

	@Test
	@DisplayName("CLIP-7 each client has an allowance of its own; with one lookup a minute a refusal waits up to 60 seconds")
	void perClient() {
		RegisterRateLimiter limiter = new RegisterRateLimiter(1, 100, this.now::get);
		assertThat(limiter.acquire("192.0.2.1")).isZero();
		assertThat(limiter.acquire("192.0.2.1")).isEqualTo(60);
		assertThat(limiter.acquire("192.0.2.2")).isZero();
		advance(59);
		assertThat(limiter.acquire("192.0.2.1")).isEqualTo(1);
		advance(1);
		assertThat(limiter.acquire("192.0.2.1")).isZero();
	}

	@Test
	@DisplayName("CLIP-7 memory stays bounded: a client whose allowance filled up again is forgotten at the next sweep, one still waiting is kept, and beyond max-clients the least recently seen is forgotten")
	void boundedMemory() {
		RegisterRateLimiter limiter = new RegisterRateLimiter(2, 3, this.now::get);
		limiter.acquire("idle");
		limiter.acquire("busy");
		limiter.acquire("busy");
		assertThat(limiter.clients()).isEqualTo(2);
		// 31 s later: idle's one lookup is back (one every 30 s), busy's two are not yet
		advance(31);
		limiter.acquire("busy");
		advance(30);
		// the sweep (at most once a minute) drops idle, keeps busy (its bucket is not
		// full)
		limiter.acquire("busy");
		assertThat(limiter.clients()).isEqualTo(1);
		assertThat(limiter.acquire("busy")).isPositive();

		for (int i = 0; i < 10; i++) {
			limiter.acquire("client-" + i);
		}
		assertThat(limiter.clients()).isEqualTo(3);
		limiter.reset();
		assertThat(limiter.clients()).isZero();
	}

	@Test
	@DisplayName("CLIP-7 a client is its IPv4 address, or the /64 network of its IPv6 address (one subscriber's), whatever its spelling")
	void clients() {
		assertThat(RegisterGate.client("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(RegisterGate.client("2001:db8:1:2:3:4:5:6")).isEqualTo(RegisterGate.client("2001:0db8:0001:0002::9"))
			.isEqualTo("2001:0db8:0001:0002::/64")
			.isNotEqualTo(RegisterGate.client("2001:db8:1:3::1"));
		assertThat(RegisterGate.client("0:0:0:0:0:0:0:1")).isEqualTo("0000:0000:0000:0000::/64");
	}

}
