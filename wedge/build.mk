# wedge: rules come with the component
