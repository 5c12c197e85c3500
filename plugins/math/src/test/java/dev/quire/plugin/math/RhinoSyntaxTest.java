package dev.quire.plugin.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

class RhinoSyntaxTest {

    /** Runs {@code script} in Rhino after lowering it, and returns the value of its last statement. */
    private static String run(String script) {
        try (Context context = Context.enter()) {
            context.setLanguageVersion(Context.VERSION_ECMASCRIPT);
            context.setInterpretedMode(true);
            Scriptable scope = context.initStandardObjects();
            context.evaluateString(scope, KatexScript.prelude(), "prelude", 1, null);
            return Context.toString(context.evaluateString(scope, RhinoSyntax.lower(script), "test", 1, null));
        }
    }

    @Test
    void classesBecomeConstructorsWithMethodsAndStatics() {
        assertThat(run("class P{constructor(x){this.x=x}twice(){return this.x*2}static of(x){return new P(x)}}"
                + "var p=P.of(21);[p.twice(),p instanceof P,Object.keys(p).join(),typeof P.prototype.twice].join()"))
                .isEqualTo("42,true,x,function");
    }

    @Test
    void aSubclassOfErrorKeepsItsMessageAndPrototype() {
        assertThat(run("class E extends Error{constructor(m){let t=\"E: \"+m;super(t);this.name=\"E\";"
                + "Object.setPrototypeOf(this,E.prototype)}hint(){return \"h\"}}"
                + "var e=new E(\"x\");[e.message,e instanceof E,e instanceof Error,e.hint()].join()"))
                .isEqualTo("E: x,true,true,h");
    }

    @Test
    void spreadCallsApplyTheirArguments() {
        assertThat(run("var a=[1];var o={list:a};o.list.push(...[2,3],4,...[5]);"
                + "function f(){return arguments.length}[a.join(),Math.max(0,...a),f(...a,...a),\"a-b\".split(...[\"-\"]).length].join()"))
                .isEqualTo("1,2,3,4,5,5,10,2");
    }

    @Test
    void constantsShadowingParametersRun() {
        assertThat(run("function f(e){if(e){const e=2;return e}}var s=0;for(const x of [1,2])s+=x;f(1)+s"))
                .isEqualTo("5");
    }

    @Test
    void leavesStringsRegularExpressionsAndTemplatesAlone() {
        assertThat(run("var o={class:\"class A{}\"};var r=/class B{[}]/.test(\"class B{}\");"
                + "var t=`${o.class} ${\"...\"} ${[1,...[2]].length}`;[o.class,r,t,10/2/5].join(\"|\")"))
                .isEqualTo("class A{}|true|class A{} ... 2|1");
    }

    @Test
    void refusesWhatItCannotRewrite() {
        assertThatThrownBy(() -> RhinoSyntax.lower("class A{x=1}")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a class member other than a method");
        assertThatThrownBy(() -> RhinoSyntax.lower("var A=class B{}")).hasMessageContaining("a class expression");
        assertThatThrownBy(() -> RhinoSyntax.lower("class A extends B{m(){return super.m()}}"))
                .hasMessageContaining("super outside");
    }
}
