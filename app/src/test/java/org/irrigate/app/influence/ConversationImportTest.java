package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class ConversationImportTest extends InfluenceIntegration {
    static final String HEADER = "happenedOn,channel,topic,summary,organisations,people,place,asks,outcomeAreas,"
            + "visibility,followUp,followUpOwner,followUpDue\n";


    ResultActions upload(String user, String csv, boolean dryRun) throws Exception {
        return api.perform(user, MockMvcRequestBuilders.post("/api/conversations/import?dryRun=" + dryRun)
                .contentType("text/csv").content(csv));
    }

    /** Three conversations as a partner's spreadsheet has them: names, not ids; quotes around commas. */
    static String spreadsheet(String token, String secondRowOrganisation, String thirdRowDue) {
        return HEADER
                + "2023-01-12,Meeting,Hubs %s,\"Talked money, rooms and people\",Stroud District Council;the grace network,Priya Shah,Stroud,\"10%% for groups; rooms free\",Local economy;Participation & influence,shared,Send notes,GL11 Community Hub,2023-01-20\n"
                .formatted(token)
                + "2023-02-03,chance encounter,Benches %s,\"Met at the market.\nShort chat.\",%s,,E07000082,,,,,,\n"
                .formatted(token, secondRowOrganisation)
                + "2023-03-09,email,Facilitators %s,,Stroud District Council,Tom Hughes,,,Wellbeing,private,Reply to officer,Tom Hughes,%s\n"
                .formatted(token, thirdRowDue);
    }

    @Test
    void aFileWithABadRowIsRejectedWithEveryErrorAndTheFixedFileImportsOnce() throws Exception {
        String token = "i" + UUID.randomUUID().toString().substring(0, 8);
        long before = api.storedEvents();
        String bad = spreadsheet(token, "Nowhere Council", "2023-03-01");
        String report = upload("gl11", bad, false).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied", is(false)))
                .andExpect(jsonPath("$.rows", is(3)))
                .andExpect(jsonPath("$.imported", is(0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Map<String, Object>>>read(report, "$.errors")).containsExactly(
                Map.of("row", 3, "field", "organisations", "reason", "no organisation is called 'Nowhere Council'"),
                Map.of("row", 4, "field", "followUpDue", "reason", "must not be before the conversation (2023-03-09)"));
        upload("gl11", bad, true).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.dryRun", is(true))).andExpect(jsonPath("$.errors.length()", is(2)));
        assertThat(api.storedEvents()).as("nothing imported").isEqualTo(before);

        String fixed = spreadsheet(token, "GL11 Community Hub", "2023-03-20");
        upload("gl11", fixed, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied", is(false))).andExpect(jsonPath("$.toImport", is(3)))
                .andExpect(jsonPath("$.imported", is(0)));
        assertThat(api.storedEvents()).as("a dry run writes nothing").isEqualTo(before);

        upload("gl11", fixed, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.applied", is(true))).andExpect(jsonPath("$.imported", is(3)))
                .andExpect(jsonPath("$.alreadyImported", is(0)));
        long afterImport = api.storedEvents();
        assertThat(afterImport).isEqualTo(before + 3);
        upload("gl11", fixed, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported", is(0))).andExpect(jsonPath("$.alreadyImported", is(3)));
        assertThat(api.storedEvents()).as("re-importing creates no duplicates").isEqualTo(afterImport);

        settle();
        List<Map<String, Object>> imported = JsonPath.read(json("gl11", "/api/conversations?topic=" + token), "$");
        assertThat(imported).extracting(c -> c.get("topic"))
                .containsExactly("Facilitators " + token, "Benches " + token, "Hubs " + token);
        Map<String, Object> hubs = imported.get(2);
        assertThat(hubs).containsEntry("loggedBy", Cast.GL11.toString()).containsEntry("channel", "MEETING")
                .containsEntry("summary", "Talked money, rooms and people").containsEntry("place", "E07000082")
                .containsEntry("visibility", "SHARED")
                .containsEntry("asks", List.of("10% for groups", "rooms free"))
                .containsEntry("outcomeAreas", List.of("LOCAL_ECONOMY", "PARTICIPATION_AND_INFLUENCE"));
        assertThat(JsonPath.<List<String>>read(hubs, "$.participants[*].organisationId"))
                .containsExactly(Cast.STROUD_DC.toString(), Cast.GRACE.toString());
        assertThat(JsonPath.<String>read(hubs, "$.participants[2].personId")).isEqualTo(Cast.PRIYA_SHAH.toString());
        assertThat(JsonPath.<String>read(hubs, "$.followUps[0].owner.organisationId")).isEqualTo(Cast.GL11.toString());
        assertThat(imported.get(1)).containsEntry("channel", "CHANCE_ENCOUNTER")
                .containsEntry("summary", "Met at the market.\nShort chat.").containsEntry("visibility", "PRIVATE");
        assertThat(JsonPath.<String>read(imported.getFirst(), "$.followUps[0].owner.personId"))
                .isEqualTo(Cast.TOM_HUGHES.toString());
        assertThat(JsonPath.<List<Object>>read(json("ggt", "/api/conversations?topic=" + token), "$"))
                .as("another partner sees only the shared one").hasSize(1);
        assertThat(timeline("coordinator", "module=influence&eventType=ConversationLogged"))
                .filteredOn(e -> ((String) e.get("summary")).endsWith(token))
                .allMatch(e -> "gl11".equals(e.get("recordedBy")) && Cast.GL11.toString().equals(e.get("onBehalfOf")))
                .hasSize(3);
    }

    @Test
    void everyBadFieldOfARowIsReported() throws Exception {
        long before = api.storedEvents();
        String csv = HEADER + "2023-02-30,pigeon,,,Stroud District Council,Nobody Known,Atlantis,,Happiness,open,,,\n"
                + "2999-01-01,call,Topic,,,,,,,,,,\n";
        String report = upload("grace", csv, true).andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(report, "$.errors[?(@.row == 2)].field")).containsExactly(
                "happenedOn", "channel", "people", "place", "outcomeAreas", "visibility");
        assertThat(JsonPath.<List<String>>read(report, "$.errors[?(@.row == 3)].field")).containsExactly("happenedOn");
        assertThat(JsonPath.<List<String>>read(report, "$.errors[?(@.row == 2 && @.field == 'channel')].reason"))
                .singleElement().asString().startsWith("must be one of MEETING, CALL");
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void rowsMustDifferAndNameSomeone() throws Exception {
        String row = "2023-02-01,call,Same,,Stroud District Council,,,,,,,,\n";
        String report = upload("grace", HEADER + row + row + "2023-02-01,call,Nobody,,,,,,,,,,\n", true)
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Map<String, Object>>>read(report, "$.errors")).containsExactly(
                Map.of("row", 3, "field", "row", "reason", "is the same as row 2"),
                Map.of("row", 4, "field", "organisations", "reason", "must name at least one person or organisation"));
    }

    @Test
    void theHeaderMustNameKnownColumns() throws Exception {
        String report = upload("grace", "when,channel,colour\n2023-01-01,call,red\n", true)
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(report, "$.errors[*].field"))
                .containsExactly("when", "colour", "happenedOn", "topic");
        assertThat(JsonPath.<List<Integer>>read(report, "$.errors[*].row")).containsOnly(1);
        upload("grace", "", true).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("header")));
        upload("grace", HEADER + "2023-01-01,call,\"never closed\n", true).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row", is(0))).andExpect(jsonPath("$.errors[0].field", is("csv")));
    }

    @Test
    void researchersCannotImport() throws Exception {
        upload("researcher", HEADER, true).andExpect(status().isForbidden());
    }
}
