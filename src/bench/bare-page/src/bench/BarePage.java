package bench;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;

/** Twenty rows for the bare page's table. */
@Named
@RequestScoped
public class BarePage {

  private final List<Row> rows =
      IntStream.rangeClosed(1, 20).mapToObj(i -> new Row(i, "Row " + i, "A short note " + i)).toList();

  public List<Row> getRows() {
    return rows;
  }

  /** One row; getters because Expression Language 5 cannot read records. */
  public static final class Row {
    private final int number;
    private final String name;
    private final String note;

    Row(int number, String name, String note) {
      this.number = number;
      this.name = name;
      this.note = note;
    }

    public int getNumber() {
      return number;
    }

    public String getName() {
      return name;
    }

    public String getNote() {
      return note;
    }
  }
}
