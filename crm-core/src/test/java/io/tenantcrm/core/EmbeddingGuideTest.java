package io.tenantcrm.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The example in docs/embedding.md compiles against crm-core and does what the guide says. */
class EmbeddingGuideTest {

    private static final Path GUIDE = Path.of("..", "docs", "embedding.md");

    @Test
    void the_embedding_example_compiles_and_runs(@TempDir Path work) throws Exception {
        String source = exampleFrom(Files.readString(GUIDE));
        Path file = work.resolve("EmbeddingExample.java");
        Files.writeString(file, source);

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-classpath",
                System.getProperty("java.class.path"), "-d", work.toString(), file.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        String output = run(work);
        assertThat(output)
                .contains("event: LeadReceived")
                .contains("deal opened in inquiry for Shenzhen Pumps Co., Ltd.")
                .contains("refused: [paymentTerms: is required to enter Order]")
                .contains("tasks created: 2")
                .contains("event: DealWon")
                .endsWith("deal is WON in order" + System.lineSeparator()
                        + "audit entries on the deal: 6" + System.lineSeparator());
    }

    @Test
    void the_quote_to_cash_example_compiles_and_runs(@TempDir Path work) throws Exception {
        String output = compileAndRun(work, "QuoteToCashExample");

        assertThat(output).matches("(?s)sent Q-\\d{4}-00001: 12000\\.00 USD\\R"
                + "order SO-\\d{4}-00001 for 12000\\.00 USD\\R"
                + "outstanding: 8400\\.00 USD\\R");
    }

    private static String compileAndRun(Path work, String example) throws Exception {
        Path file = work.resolve(example + ".java");
        Files.writeString(file, exampleFrom(Files.readString(GUIDE), example));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int status = compiler.run(null, diagnostics, diagnostics, "-classpath",
                System.getProperty("java.class.path"), "-d", work.toString(), file.toString());
        assertThat(status).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return run(work, example);
    }

    private static String exampleFrom(String guide) {
        return exampleFrom(guide, "EmbeddingExample");
    }

    private static String exampleFrom(String guide, String example) {
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
        while (block.find()) {
            if (block.group(1).contains("public class " + example)) {
                return block.group(1);
            }
        }
        throw new AssertionError("docs/embedding.md has no " + example + " block");
    }

    private static String run(Path classes) throws Exception {
        return run(classes, "EmbeddingExample");
    }

    private static String run(Path classes, String example) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                EmbeddingGuideTest.class.getClassLoader())) {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            loader.loadClass(example).getMethod("main", String[].class)
                    .invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
