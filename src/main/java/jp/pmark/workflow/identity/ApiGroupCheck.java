package jp.pmark.workflow.identity;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.pmark.workflow.common.ApiAccessDeniedException;
import jp.pmark.workflow.common.ApiCaller;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * §1 on the product's API: the caller's groups are checked against the operation's
 * {@link AllowedGroups} before its parameters are bound and validated, so that a caller
 * without the right learns nothing from the refusal of their input. Refuse by default: an
 * operation nobody declared its groups for answers 403 to everyone.
 */
@Configuration(proxyBeanMethods = false)
class ApiGroupCheck implements WebMvcConfigurer {

	private final ApiCaller caller;

	ApiGroupCheck(ApiCaller caller) {
		this.caller = caller;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (handler instanceof HandlerMethod method) {
					check(method.getMethodAnnotation(AllowedGroups.class));
				}
				return true;
			}

		}).addPathPatterns("/api/**");
	}

	private void check(AllowedGroups allowed) {
		if (allowed == null) {
			this.caller.requireAuthenticated();
			throw new ApiAccessDeniedException("この操作は許可されていません。");
		}
		if (allowed.anyCaller()) {
			this.caller.requireAuthenticated();
			return;
		}
		List<String> groups = new ArrayList<>();
		for (StaffGroup group : allowed.value()) {
			groups.add(group.id());
		}
		if (allowed.portal()) {
			groups.add(StaffGroup.PORTAL_GROUP_ID);
		}
		this.caller.requireGroup(groups.toArray(String[]::new));
	}

}
