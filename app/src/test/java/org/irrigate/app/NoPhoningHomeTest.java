package org.irrigate.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.configuration.CommandLineUsagePropertyProvider;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Irrigate holds sensitive community data and must make no outbound call: Axon's update checker stays off. */
@IntegrationTest
class NoPhoningHomeTest {
    @Autowired
    ApplicationContext context;

    @Test
    void theUpdateCheckerIsDisabledBeforeSpringStarts() {
        assertThat(System.getProperty(IrrigateApplication.UPDATE_CHECKER_OFF)).isEqualTo("true");
        assertThat(context.getBeansOfType(UpdateChecker.class).values())
                .allSatisfy(checker -> assertThat(checker.isStarted()).isFalse());
        assertThat(UsagePropertyProvider.create().getDisabled()).isTrue();
    }

    @Test
    void theApplicationTurnsItOffItself() {
        System.clearProperty(IrrigateApplication.UPDATE_CHECKER_OFF);
        try {
            IrrigateApplication.disableUpdateChecker();
            assertThat(new CommandLineUsagePropertyProvider().getDisabled()).isTrue();
        } finally {
            IrrigateApplication.disableUpdateChecker();
        }
    }
}
