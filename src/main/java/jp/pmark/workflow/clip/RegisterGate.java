package jp.pmark.workflow.clip;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.guard.RuleId;
import jp.pmark.workflow.guard.RuleViolation;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CLIP-7 on the public register's addresses ({@code /register}, {@code /register/*}):
 * safe headers on every answer (nothing sniffed or framed, no referrer; the lookup's JSON
 * never stored, and allowed to load nothing), and the lookup (any address there but the
 * page's own files) limited per client ({@link RegisterRateLimiter},
 * {@code pmark.register.requests-per-minute}): beyond it 429 problem JSON with
 * {@code Retry-After}, before the request is read. The client is the request's remote
 * address, which behind the {@code prod} profile's proxy is the forwarded one Tomcat
 * resolved; an IPv6 client counts by its /64 network, which one subscriber usually holds
 * whole.
 */
final class RegisterGate extends OncePerRequestFilter {

	/** The page may load its own script and styles, and call its own lookup only. */
	static final String PAGE_POLICY = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	/** The page and its files, not limited. */
	static final Set<String> PAGE_FILES = Set.of("/register", "/register/", "/register/index.html",
			"/register/register.js", "/register/register.css");

	static final String JSON_POLICY = "default-src 'none'; frame-ancestors 'none'";

	private final RegisterRateLimiter limiter;

	private final ObjectMapper json;

	RegisterGate(RegisterRateLimiter limiter, ObjectMapper json) {
		this.limiter = limiter;
		this.json = json;
	}

	/** The gate on the register's addresses, and the lookups' allowances. */
	@Configuration(proxyBeanMethods = false)
	static class Setup {

		@Bean
		RegisterRateLimiter registerRateLimiter(RegisterProperties properties) {
			return new RegisterRateLimiter(properties.requestsPerMinute(), properties.maxClients(), System::nanoTime);
		}

		@Bean
		FilterRegistrationBean<RegisterGate> registerGateFilter(RegisterRateLimiter limiter, ObjectMapper json) {
			FilterRegistrationBean<RegisterGate> registration = new FilterRegistrationBean<>(
					new RegisterGate(limiter, json));
			registration.setName("pmark-register-gate");
			registration.addUrlPatterns("/register", "/register/*");
			registration.setOrder(5);
			return registration;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the path as mapped (decoded, without ;parameters): anything but the page's own
		// files counts as a lookup, however its address is spelled
		String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
		boolean lookup = !PAGE_FILES.contains(path);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy", lookup ? JSON_POLICY : PAGE_POLICY);
		if (!lookup) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader("Cache-Control", "no-store");
		long wait = this.limiter.acquire(client(request.getRemoteAddr()));
		if (wait > 0) {
			tooMany(response, wait);
			return;
		}
		chain.doFilter(request, response);
	}

	/** Who a lookup counts for: the address, or an IPv6 address's /64 network. */
	static String client(String remoteAddress) {
		if (remoteAddress == null || !remoteAddress.contains(":")) {
			return String.valueOf(remoteAddress);
		}
		try {
			// an IPv6 literal: no name is looked up
			byte[] address = InetAddress.getByName(remoteAddress).getAddress();
			if (address.length != 16) {
				return remoteAddress;
			}
			StringBuilder network = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				network.append(String.format("%02x%02x:", address[i], address[i + 1]));
			}
			return network.append(":/64").toString();
		}
		catch (UnknownHostException ex) {
			return remoteAddress;
		}
	}

	private void tooMany(HttpServletResponse response, long seconds) throws IOException {
		RuleViolation violation = RuleViolation.of("request", RuleId.CLIP_7, "register-too-many-requests", seconds);
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("field", violation.field());
		entry.put("rule", violation.ruleId());
		entry.put("message", violation.messageJa());
		entry.put("messageEn", violation.messageEn());
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "https://pmark.jp/problems/too-many-requests");
		problem.put("title", "照会が多すぎます");
		problem.put("status", 429);
		problem.put("detail", violation.messageJaWithRule());
		problem.put("violations", List.of(entry));
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

}
