// What KaTeX calls after RhinoSyntax rewrote the classes and spread calls Rhino cannot parse.
// Runs in the engine's own scope, before KaTeX.

// A class: its prototype inherits from the base's, and its methods are not enumerable.
function quire$class(base, constructor, methods, statics) {
  if (base) {
    Object.setPrototypeOf(constructor, base);
    constructor.prototype = Object.create(base.prototype);
  }
  quire$define(constructor.prototype, methods);
  Object.defineProperty(constructor.prototype, "constructor", { value: constructor, writable: true, configurable: true });
  quire$define(constructor, statics);
  return constructor;
}

function quire$define(target, members) {
  Object.getOwnPropertyNames(members).forEach(function (name) {
    var member = Object.getOwnPropertyDescriptor(members, name);
    member.enumerable = false;
    Object.defineProperty(target, name, member);
  });
}

// super(...) in a constructor. A built-in base such as Error makes a new object instead of
// filling in this one: what it made (the message) is copied.
function quire$super(self, base, args) {
  var made = base.apply(self, args);
  if (made !== undefined && made !== self && Object(made) === made) {
    Object.getOwnPropertyNames(made).forEach(function (name) {
      Object.defineProperty(self, name, Object.getOwnPropertyDescriptor(made, name));
    });
  }
}

// object.method(...args) with spread arguments: the object is worked out once.
Object.defineProperty(Object.prototype, "quire$apply", {
  value: function (name, args) {
    return this[name].apply(this, args);
  }
});
