package org.pawprints.outcomes.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pawprints.platform.refusal.Refusal;

/** When each wave is open, and how changes are summed up, without a container. */
class OutcomesArithmeticTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 5);
  private static final LocalDate END = LocalDate.of(2026, 3, 2);

  @Test
  void theStartIsOpenForThreeWeeksThenTheEndAroundTheEndDateThenTheFollowUp() {
    assertEquals(Optional.of(Wave.START), Waves.openOn(START.minusDays(10), START, END));
    assertEquals(Optional.of(Wave.START), Waves.openOn(START.plusDays(21), START, END));
    assertEquals(Optional.empty(), Waves.openOn(START.plusDays(22), START, END));
    assertEquals(Optional.of(Wave.END), Waves.openOn(END.minusDays(7), START, END));
    assertEquals(Optional.of(Wave.END), Waves.openOn(END.plusDays(30), START, END));
    assertEquals(Optional.empty(), Waves.openOn(END.plusDays(31), START, END));
    assertEquals(Optional.of(Wave.FOLLOW_UP), Waves.openOn(END.plusDays(90), START, END));
    assertEquals(Optional.of(Wave.FOLLOW_UP), Waves.openOn(END.plusDays(149), START, END));
    assertEquals(Optional.empty(), Waves.openOn(END.plusDays(150), START, END));
  }

  @Test
  void aCohortWithoutDatesOffersOnlyTheStartAndAShortOneOffersTheEnd() {
    assertEquals(Optional.of(Wave.START), Waves.openOn(START, null, null));
    assertEquals(Optional.of(Wave.START), Waves.openOn(START.plusYears(1), null, null));
    LocalDate shortEnd = START.plusDays(14);
    assertEquals(Optional.of(Wave.END), Waves.openOn(START.plusDays(10), START, shortEnd));
    assertEquals(Optional.of(Wave.START), Waves.openOn(START.plusDays(6), START, shortEnd));
  }

  @Test
  void theMeanChangeItsSampleDeviationAndTheShareWhoRose() {
    Change change =
        Change.of(
            List.of(
                new Change.Pair(3, 4),
                new Change.Pair(2, 3),
                new Change.Pair(4, 4),
                new Change.Pair(3, 5)));
    // Differences 1, 1, 0, 2: mean 1, squares 0 + 0 + 1 + 1 = 2, SD sqrt(2/3).
    assertEquals(4, change.n());
    assertEquals(new BigDecimal("1.00"), change.meanRounded());
    assertEquals(new BigDecimal("0.82"), change.standardDeviationRounded());
    assertEquals(3, change.rose());
    assertEquals(75, change.percentRose());
    assertEquals(0, Change.of(List.of()).n());
    assertEquals(
        new BigDecimal("0.00"),
        Change.of(List.of(new Change.Pair(2, 3))).standardDeviationRounded());
  }

  @Test
  void aDraftNeedsBothLanguagesAndLosesItsEmptyRows() {
    ItemSetDraft.DraftItem empty = new ItemSetDraft.DraftItem(" ", "", false);
    ItemSetDraft.DraftItem one = new ItemSetDraft.DraftItem(" We talk. ", "On se parle.", true);
    ItemSetDraft checked = ItemSetRules.checked(draft(7, List.of(one, empty)));
    assertEquals(
        List.of(new ItemSetDraft.DraftItem("We talk.", "On se parle.", true)), checked.items());
    assertEquals(
        "outcomes.items.bothLanguages",
        assertThrows(
                Refusal.class,
                () ->
                    ItemSetRules.checked(
                        draft(
                            5,
                            List.of(one, new ItemSetDraft.DraftItem("Only English", "", false)))))
            .messageKey());
    assertEquals(
        "outcomes.items.scaleRange",
        assertThrows(Refusal.class, () -> ItemSetRules.checked(draft(11, List.of(one))))
            .messageKey());
    assertEquals(
        "outcomes.items.countRange",
        assertThrows(Refusal.class, () -> ItemSetRules.checked(draft(5, List.of(empty))))
            .messageKey());
  }

  private static ItemSetDraft draft(int points, List<ItemSetDraft.DraftItem> items) {
    return new ItemSetDraft(points, "N", "N", "Notice", "Avis", "No", "Non", "Yes", "Oui", items);
  }
}
