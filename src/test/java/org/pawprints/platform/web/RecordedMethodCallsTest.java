package org.pawprints.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedMethodCallsTest {

  private final RecordedMethodCalls calls = new RecordedMethodCalls();

  /** A page's state, as the live pages read theirs. */
  public record Shown(String stateName, int version) {

    public String describe(String prefix) {
      return prefix + stateName;
    }

    public void touch() {
      // nothing to return: left to the Bean resolver
    }

    public String broken() {
      throw new IllegalStateException("the method's own failure");
    }
  }

  private record Hidden(String secret) {}

  @Test
  void callsARecordsMethodAndSaysItAnswered() {
    ELContext context = new Context();
    Object value = calls.invoke(context, new Shown("RUNNING", 3), "stateName", null, null);
    assertEquals("RUNNING", value);
    assertTrue(context.isPropertyResolved());

    ELContext again = new Context();
    assertEquals(
        3, calls.invoke(again, new Shown("LOBBY", 3), "version", new Class<?>[0], new Object[0]));
    assertTrue(again.isPropertyResolved());
  }

  @Test
  void reachesAHiddenClassesMethodThroughItsPublicInterface() {
    ELContext context = new Context();
    assertEquals(2, calls.invoke(context, List.of("a", "b"), "size", null, null));
    assertTrue(context.isPropertyResolved());
  }

  @Test
  void leavesEverythingElseToTheOtherResolvers() {
    Shown shown = new Shown("RUNNING", 3);
    for (Object[] call :
        new Object[][] {
          {shown, "describe", new Object[] {"x"}}, // arguments
          {shown, "touch", null}, // returns nothing
          {shown, "noSuchMethod", null},
          {new Hidden("kept"), "secret", null}, // a class this code may not call
          {null, "stateName", null},
        }) {
      ELContext context = new Context();
      assertNull(calls.invoke(context, call[0], call[1], null, (Object[]) call[2]));
      assertFalse(context.isPropertyResolved(), "answered " + call[1]);
    }
  }

  @Test
  void aMethodsFailureComesBackAsAnExpressionFailureWithItsCause() {
    ELException failure =
        assertThrows(
            ELException.class,
            () -> calls.invoke(new Context(), new Shown("RUNNING", 3), "broken", null, null));
    assertEquals(IllegalStateException.class, failure.getCause().getClass());
  }

  @Test
  void answersNoPropertyQuestion() {
    ELContext context = new Context();
    assertNull(calls.getValue(context, new Shown("RUNNING", 3), "stateName"));
    assertNull(calls.getType(context, new Shown("RUNNING", 3), "stateName"));
    assertFalse(context.isPropertyResolved());
  }

  /** The smallest context: the resolver under test reads and writes only "resolved". */
  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
