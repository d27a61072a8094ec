package org.airace.kg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.airace.kg.query.SavedQueryCatalog;
import org.airace.kg.serve.SavedQuery;
import org.junit.jupiter.api.Test;

class QueryCaseTest {
    @Test
    void everyListedCaseNamesASavedQueryAndOnlyParametersItDeclares() throws Exception {
        List<QueryCase> cases = QueryCase.listed("https://w3id.org/airace/id/source/x");
        SavedQueryCatalog catalog = SavedQueryCatalog.locate(null);

        assertThat(cases).isNotEmpty();
        for (QueryCase c : cases) {
            SavedQuery q = catalog.find(c.query());
            assertThat(q).as(c.query()).isNotNull();
            assertThat(q.params()).extracting(p -> p.name().replaceFirst("^[?$]", ""))
                    .as(c.query()).containsAll(c.params().keySet());
        }
    }

    @Test
    void theSourcePlaceholderBecomesAnIri() throws Exception {
        List<QueryCase> cases = QueryCase.listed("https://w3id.org/airace/id/source/x");
        assertThat(cases).flatExtracting(c -> List.copyOf(c.params().values()))
                .contains("<https://w3id.org/airace/id/source/x>")
                .noneMatch(v -> v.contains(QueryCase.SOURCE));
    }
}
