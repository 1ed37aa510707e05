package org.irrigate.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;

/**
 * Wires every module into one application: one event store, one database, one HTTP surface. Beans are named by their
 * fully qualified class, so two modules may each have, say, a package-private {@code References} helper.
 */
@SpringBootApplication(scanBasePackages = "org.irrigate", nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@AutoConfigurationPackage(basePackages = "org.irrigate")
public class IrrigateApplication {

    /** Axon's update checker sends usage data to its vendor; Irrigate holds community data and calls nobody. */
    public static final String UPDATE_CHECKER_OFF = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        disableUpdateChecker();
        SpringApplication.run(IrrigateApplication.class, args);
    }

    /** Must run before Spring starts: the checker reads the property when Axon's configuration is built. */
    public static void disableUpdateChecker() {
        System.setProperty(UPDATE_CHECKER_OFF, "true");
    }
}
