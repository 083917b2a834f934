package io.maciedashboard.web;

import java.util.Set;

import io.maciedashboard.macie.EmbeddedMacie;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Tells every template which Macie serves the data, as {@code #macieSource}: the layout
 * shows a banner on every page while it is the embedded emulator, so that its made-up
 * jobs are never mistaken for Amazon Macie's. A dialect, so that error pages and every
 * {@code @WebMvcTest} slice have it too.
 */
@Component
class MacieSourceDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "macieSource";

	private final ObjectProvider<EmbeddedMacie> embeddedMacie;

	MacieSourceDialect(ObjectProvider<EmbeddedMacie> embeddedMacie) {
		super("maciedashboard-macie-source");
		this.embeddedMacie = embeddedMacie;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return new MacieSource(MacieSourceDialect.this.embeddedMacie.getIfAvailable());
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

	/** Amazon Macie, or the embedded emulator (with its address). */
	public static final class MacieSource {

		private final EmbeddedMacie emulator;

		MacieSource(EmbeddedMacie emulator) {
			this.emulator = emulator;
		}

		public boolean isEmulated() {
			return this.emulator != null;
		}

		/** The emulator's address, or null for Amazon Macie. */
		public String getEndpoint() {
			return (this.emulator != null) ? this.emulator.endpoint().toString() : null;
		}

	}

}
