package io.maciedashboard.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Who may do what, decided by the groups the identity provider puts in the signed-in
 * person's token.
 *
 * @param groupsClaim the ID token / user info claim that lists the person's groups (a
 * list or a single string)
 * @param viewerGroups groups whose members may read everything (role VIEWER)
 * @param operatorGroups groups whose members may also create, pause, resume and cancel
 * jobs (role OPERATOR, which includes VIEWER)
 * @param auditorGroups groups whose members may also read the audit trail (role AUDITOR,
 * which includes VIEWER; operators read it too)
 * @param contact who a person without access should ask (a team, a mail address), shown
 * on the no-access page; null says "your administrator"
 */
@ConfigurationProperties("dashboard.access")
@Validated
public record AccessProperties(@DefaultValue("groups") @NotBlank String groupsClaim,
		@DefaultValue("macie-viewers") @NotEmpty List<@NotBlank String> viewerGroups,
		@DefaultValue("macie-operators") @NotEmpty List<@NotBlank String> operatorGroups,
		@DefaultValue("macie-auditors") @NotEmpty List<@NotBlank String> auditorGroups, String contact) {
}
