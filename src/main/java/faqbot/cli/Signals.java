package faqbot.cli;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;

/**
 * SIGHUP through sun.misc.Signal, reached by reflection because javac warns on every direct use of
 * that internal API (a warning no flag can silence) and because not every JVM has it.
 */
final class Signals {
    private Signals() {
    }

    /**
     * Runs {@code action} on the JVM's signal thread at each SIGHUP.
     *
     * @throws ReflectiveOperationException when this JVM has no sun.misc.Signal
     * @throws IllegalArgumentException     when the JVM reserves SIGHUP
     */
    static void onHangup(Runnable action) throws ReflectiveOperationException {
        Class<?> signal = Class.forName("sun.misc.Signal");
        Class<?> handler = Class.forName("sun.misc.SignalHandler");
        InvocationHandler call = (proxy, method, args) -> switch (method.getName()) {
            case "handle" -> {
                action.run();
                yield null;
            }
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "SIGHUP handler";
        };
        Object h = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handler}, call);
        signal.getMethod("handle", signal, handler).invoke(null, signal.getConstructor(String.class).newInstance("HUP"), h);
    }
}
