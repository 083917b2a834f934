package io.maciedashboard.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where sign-out (and a failed sign-in, with {@code ?error}) lands; public, so it never
 * starts a new sign-in.
 */
@Controller
class SignedOutController {

	@GetMapping(SecurityConfiguration.SIGNED_OUT_PAGE)
	String signedOut() {
		return "security/signed-out";
	}

}
