package org.irrigate.app.pages;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.irrigate.app.support.FreshDatabaseInitializer;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real port, on a fresh database with the demo story, driven by headless Chromium.
 * Every class with this annotation shares one context and one browser ({@link Browser}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"irrigate.demo.enabled=true", "irrigate.processors.segments=2"})
@ContextConfiguration(initializers = FreshDatabaseInitializer.class)
@Tag("browser")
public @interface BrowserTest {
}
