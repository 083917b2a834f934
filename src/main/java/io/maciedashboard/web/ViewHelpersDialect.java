package io.maciedashboard.web;

import java.util.Map;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Makes the formatting helpers available to every template as expression objects:
 * {@code #times}, {@code #sizes}, {@code #durations}, {@code #schedules}, {@code #bidi}
 * and {@code #words}. Being a dialect bean, it is also part of every {@code @WebMvcTest}
 * slice without imports.
 */
@Component
class ViewHelpersDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final Map<String, Object> HELPERS = Map.of("times", new Times(), "sizes", new Sizes(), "durations",
			new Durations(), "schedules", new ScheduleWords(), "bidi", new Bidi(), "words", new MacieWords());

	ViewHelpersDialect() {
		super("maciedashboard-view-helpers");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return HELPERS.keySet();
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return HELPERS.get(expressionObjectName);
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
