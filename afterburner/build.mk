# afterburner: rules come with the component
