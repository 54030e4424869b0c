package jp.pmark.workflow.oversight;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.engine.Authenticated;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * SPEC §1 on {@code /oversight}: the webapps' login is required, and the person must be
 * an assessment manager or an administrator, before anything is read. A data call without
 * the login is 401, by someone else 403, both {@code application/problem+json} in
 * Japanese; the page itself sends a visitor who is not logged in to Cockpit's login
 * ({@link OversightPages#page}) and refuses others with 403.
 */
@Configuration(proxyBeanMethods = false)
class OversightSessionCheck implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws IOException {
				response.setHeader("X-Content-Type-Options", "nosniff");
				response.setHeader("X-Frame-Options", "DENY");
				response.setHeader("Cache-Control", "no-store");
				response.setHeader("Referrer-Policy", "no-referrer");
				response.setHeader("Content-Security-Policy",
						"default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'");
				Optional<Authenticated> caller = OversightPages.caller(request);
				boolean page = !request.getRequestURI().startsWith("/oversight/api/");
				if (caller.isEmpty()) {
					if (page) {
						// the page redirects to the login; its script is nothing secret
						return true;
					}
					refuse(response, 401, "ログインしていません", "Cockpit（/camunda/app/cockpit/）に審査管理者としてログインしてから開いてください。");
					return false;
				}
				if (!caller.get().inAnyOf(OversightPages.GROUPS)) {
					refuse(response, 403, "この画面は審査管理者だけが使えます", "案件の状況は審査管理者（assessment-managers）とシステム管理者だけが見られます。");
					return false;
				}
				return true;
			}

		}).addPathPatterns("/oversight", "/oversight/**");
	}

	private static void refuse(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter()
			.write("{\"type\":\"https://pmark.jp/problems/" + ((status == 401) ? "unauthenticated" : "forbidden")
					+ "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}

}
