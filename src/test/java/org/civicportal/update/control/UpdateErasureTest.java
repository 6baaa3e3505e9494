package org.civicportal.update.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A sent update's thanks item once its volunteer is erased (see UpdateErasure; AccountErasureIT shows the page). */
class UpdateErasureTest {

    @Test
    void theItemKeepsItsTaskAndSaysAFormerResident() {
        var facts = Json.createReader(new StringReader(UpdateErasure.formerResident("{\"task\":\"Sweep the quay\"}")))
                .readObject();
        assertEquals("Sweep the quay", facts.getString("task"));
        assertEquals(true, facts.getBoolean("formerResident"));
        assertEquals("{\"formerResident\":true}", UpdateErasure.formerResident(null));
    }
}
