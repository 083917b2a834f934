package io.maciedashboard.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * A value the binder cannot convert (a file posted where text belongs, a word where a yes
 * or no belongs) becomes a field message in plain words, never Spring's "Failed to
 * convert ... to required type ...": it names Java types and is shown beside the field.
 * The value itself is not kept, since it could not be read.
 */
@ControllerAdvice
public class PlainBindingErrors {

	static final String MESSAGE = "This value could not be read. Please enter it again.";

	@InitBinder
	void plainWords(WebDataBinder binder) {
		applyTo(binder);
	}

	/** For a binder made by hand. */
	public static void applyTo(DataBinder binder) {
		binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {

			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
				String field = ex.getPropertyName();
				bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, null, true,
						bindingResult.resolveMessageCodes(ex.getErrorCode(), field), null, MESSAGE));
			}

		});
	}

}
