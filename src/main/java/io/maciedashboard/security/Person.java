package io.maciedashboard.security;

import java.util.List;

/**
 * A signed-in person as the identity provider named them.
 *
 * @param subject the token's subject (stable)
 * @param name the friendliest name (user name, full name, e-mail, else the subject)
 * @param email the e-mail claim, or null
 * @param groups the groups claim's values
 */
public record Person(String subject, String name, String email, List<String> groups) {
}
