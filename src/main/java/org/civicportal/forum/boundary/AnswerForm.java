package org.civicportal.forum.boundary;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.civicportal.forum.control.WrittenAnswer;

/** The three questions' fields of a written participation (each optional, not all three). */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX = 2000;

    @Size(max = MAX, message = "{forum.answer.long}")
    private String unreturned;

    @Size(max = MAX, message = "{forum.answer.long}")
    private String unreciprocated;

    @Size(max = MAX, message = "{forum.answer.long}")
    private String rebalance;

    boolean isEmpty() {
        return blank(unreturned) && blank(unreciprocated) && blank(rebalance);
    }

    WrittenAnswer answer() {
        return new WrittenAnswer(strip(unreturned), strip(unreciprocated), strip(rebalance));
    }

    void fill(String unreturned, String unreciprocated, String rebalance) {
        this.unreturned = unreturned;
        this.unreciprocated = unreciprocated;
        this.rebalance = rebalance;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    public String getUnreturned() {
        return unreturned;
    }

    public void setUnreturned(String unreturned) {
        this.unreturned = unreturned;
    }

    public String getUnreciprocated() {
        return unreciprocated;
    }

    public void setUnreciprocated(String unreciprocated) {
        this.unreciprocated = unreciprocated;
    }

    public String getRebalance() {
        return rebalance;
    }

    public void setRebalance(String rebalance) {
        this.rebalance = rebalance;
    }

    public int getMax() {
        return MAX;
    }
}
