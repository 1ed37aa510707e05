package org.irrigate.app.evidence;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

@TestConfiguration
@Import(Replay.class)
class EvidenceTestConfig {
}
