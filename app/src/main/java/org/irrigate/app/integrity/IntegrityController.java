package org.irrigate.app.integrity;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.irrigate.app.integrity.ChainVerifier.Verification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Integrity", description = "Tamper evidence: verify the hash chain over every stored event")
@RestController
class IntegrityController {
    private final ChainVerifier verifier;

    IntegrityController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    /** Anyone signed in may check that the history a funder relies on has not been quietly rewritten. */
    @GetMapping("/api/integrity")
    Verification verify() {
        return verifier.verify();
    }

    /** The sealed head, for an administrator to hand to an external witness from time to time. */
    @GetMapping("/api/admin/integrity/anchor")
    ChainVerifier.Anchor anchor() {
        return verifier.anchor();
    }
}
