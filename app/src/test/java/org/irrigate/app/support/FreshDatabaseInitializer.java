package org.irrigate.app.support;

import org.irrigate.app.IrrigateApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context its own empty database, H2 or PostgreSQL per {@link TestDatabase}. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
    static {
        IrrigateApplication.disableUpdateChecker();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var properties = new java.util.HashMap<String, Object>(TestDatabase.freshDatabase());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }
}
