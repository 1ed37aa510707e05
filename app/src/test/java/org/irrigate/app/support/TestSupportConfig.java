package org.irrigate.app.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@TestConfiguration
@Import({Api.class, Await.class, DatabaseOutage.class, EventFeed.class})
public class TestSupportConfig {
}
