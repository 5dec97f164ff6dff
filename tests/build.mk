# tests: rules come with the component
