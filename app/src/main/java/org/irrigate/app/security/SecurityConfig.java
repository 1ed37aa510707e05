package org.irrigate.app.security;

import java.time.Clock;
import org.irrigate.app.web.DatabaseUnavailable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors. The API is stateless HTTP Basic: no session cookie, so no CSRF exposure. The web pages use form login
 * with a session, CSRF tokens and session-fixation protection.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        AuthenticationEntryPoint unauthorised = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        // Looking the user up needs the database: without it the answer is 503, not a misleading 401.
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (DatabaseUnavailable.causedBy(failure)) {
                DatabaseUnavailable.write(response, json);
            } else {
                unauthorised.commence(request, response, failure);
            }
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // Erasure and subject access are the data controller's acts, not a partner's.
                        .requestMatchers("/api/people/*/erase", "/api/people/*/subject-access")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
                        // Rebuilding a live read model is an operator's act.
                        .requestMatchers(HttpMethod.POST, "/api/replay/projections/**")
                        .hasAnyRole(Role.COORDINATOR.name(), Role.ADMIN.name())
                        // A disposable replay reads history into a model of its own: researchers may run one.
                        .requestMatchers(HttpMethod.POST, "/api/replay/disposable", "/api/replay/disposable/**")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        // Evidence is annotation, which is the researchers' job.
                        .requestMatchers("/api/evidence/**").hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name(),
                                Role.RESEARCHER.name(), Role.ADMIN.name())
                        // Researchers read and annotate; they never change the history.
                        .anyRequest().hasAnyRole(Role.PARTNER.name(), Role.COORDINATOR.name(), Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/actuator/health", "/webjars/**", "/css/**", "/js/**",
                                "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        // Choosing an "as known on" day, annotating evidence and a disposable replay change no
                        // history.
                        .requestMatchers(HttpMethod.POST, "/known-on", "/evidence/**", "/replay/disposable",
                                "/replay/jobs/*/discard").authenticated()
                        // Every other page form records history: researchers may not.
                        .requestMatchers(HttpMethod.POST, "/**").hasAnyRole(Role.PARTNER.name(),
                                Role.COORDINATOR.name(), Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, with the {id} prefix so the algorithm can change later without resetting passwords.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
