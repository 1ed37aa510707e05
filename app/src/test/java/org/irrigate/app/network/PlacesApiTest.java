package org.irrigate.app.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class PlacesApiTest {
    static final String WARDS = """
            code,name,parent
            E05010970,Minchinhampton,E07000082
            E05010971,Nailsworth,E07000082
            E01022204,Minchinhampton 001A,E05010970
            """;

    @Autowired
    Api api;
    @Autowired
    Await await;

    org.springframework.test.web.servlet.ResultActions importCsv(String csv, boolean dryRun) throws Exception {
        return api.perform("coordinator", MockMvcRequestBuilders.post("/api/places/import?dryRun=" + dryRun)
                .contentType(MediaType.valueOf("text/csv")).content(csv));
    }

    @Test
    void countyAndDistrictsAreLoadedOnFirstStart() throws Exception {
        await.projections();
        api.get("ggt", "/api/places?level=DISTRICT&within=E10000013").andExpect(jsonPath("$", hasSize(6)));
        api.get("ggt", "/api/places/E07000082").andExpect(jsonPath("$.name", is("Stroud")));
        api.get("ggt", "/api/places/E07000099").andExpect(status().isNotFound());
        api.get("ggt", "/api/places/X123").andExpect(status().isBadRequest());
    }

    @Test
    void csvImportChecksEveryRowWritesNothingOnErrorAndNeverDuplicates() throws Exception {
        long before = api.storedEvents();
        String bad = WARDS + "E0501097,Bad code,E07000082\nE05010972,Wrong parent,E10000013\nE05010973,,E07000082\n";
        importCsv(bad, false)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.applied", is(false)))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[0].row", is(5)))
                .andExpect(jsonPath("$.errors[0].field", is("placeCode")))
                .andExpect(jsonPath("$.errors[1].field", is("parent")))
                .andExpect(jsonPath("$.errors[2].field", is("name")));
        assertThat(api.storedEvents()).isEqualTo(before);

        importCsv(WARDS, true).andExpect(status().isOk()).andExpect(jsonPath("$.applied", is(false)));
        assertThat(api.storedEvents()).isEqualTo(before);

        importCsv(WARDS, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.registered", is(3))).andExpect(jsonPath("$.applied", is(true)));
        assertThat(api.storedEvents()).isEqualTo(before + 3);

        importCsv(WARDS, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.registered", is(0))).andExpect(jsonPath("$.alreadyKnown", is(3)));
        assertThat(api.storedEvents()).isEqualTo(before + 3);
        await.projections();
        api.get("ggt", "/api/places?within=E05010970").andExpect(jsonPath("$[0].name", is("Minchinhampton 001A")));
    }

    @Test
    void registeringAPlaceTwiceIsAConflict() throws Exception {
        api.post("coordinator", "/api/places", """
                {"code": "E05010980", "name": "Stonehouse", "parent": "E07000082"}""").andExpect(status().isCreated());
        long before = api.storedEvents();
        api.post("coordinator", "/api/places", """
                {"code": "E05010980", "name": "Stonehouse", "parent": "E07000082"}""").andExpect(status().isConflict());
        api.post("coordinator", "/api/places", """
                {"code": "E05010981", "name": "Orphan", "parent": "E07000999"}""").andExpect(status().isNotFound());
        assertThat(api.storedEvents()).isEqualTo(before);
    }
}
