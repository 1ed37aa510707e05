package org.irrigate.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a fresh database with the demo story loaded; every test class with this annotation
 * shares one context, so tests create their own records rather than assume an empty store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {"irrigate.demo.enabled=true", "irrigate.processors.segments=2"})
@AutoConfigureMockMvc
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@Import(TestSupportConfig.class)
public @interface IntegrationTest {
}
